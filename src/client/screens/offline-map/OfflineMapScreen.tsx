// Route "/offline-map": save the area's map for use with no signal.
import { Show } from 'solid-js';
import { useApp } from '../../frame/app-state';
import { OfflineMapView } from './OfflineMapView';

export default function OfflineMapScreen() {
  const { session } = useApp();
  return (
    <Show when={session.config()}>
      {(config) => (
        <OfflineMapView
          config={config()}
          wards={session.boundaries()}
          neighbourhoods={session.neighbourhoods()}
        />
      )}
    </Show>
  );
}
