// Routes "/area" (the map) and "/area/list" (the list); "?p=<id>" is the priority chosen on
// the map, so Back closes it; "?progress=1" shows only priorities with progress, on either.
import { useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { useApp } from '../../frame/app-state';
import PublicPrioritiesView from './PublicPrioritiesView';

export default function AreaScreen() {
  const { session } = useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams<{ p?: string; progress?: string }>();
  // Whether this screen opened the current choice, so closing it can go Back instead of adding an entry.
  let openedHere = false;

  function select(id: string | undefined) {
    if (id) {
      setSearch({ p: id }, { replace: !!search.p });
      openedHere = true;
    } else if (openedHere) {
      openedHere = false;
      navigate(-1);
    } else setSearch({ p: undefined }, { replace: true });
  }

  return (
    <Show when={session.config()}>
      {(config) => (
        <PublicPrioritiesView
          config={config()}
          csp={session.csp()}
          wards={session.boundaries()}
          neighbourhoods={session.neighbourhoods()}
          mode={location.pathname.endsWith('/list') ? 'list' : 'map'}
          selectedId={typeof search.p === 'string' ? search.p : undefined}
          onSelect={select}
          onlyProgress={search.progress === '1'}
          onOnlyProgress={(on) =>
            setSearch({ progress: on ? '1' : undefined, p: undefined }, { replace: true })
          }
        />
      )}
    </Show>
  );
}
