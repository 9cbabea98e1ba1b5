// Routes "/my" (every priority this device recorded) and "/my/:id" (one of them).
import { useParams } from '@solidjs/router';
import { useApp } from '../../frame/app-state';
import { makePriorityActions } from '../../priority-actions';
import { MyPriorities } from './MyPriorities';

export default function MyScreen() {
  const app = useApp();
  const params = useParams<{ id?: string }>();
  return (
    <MyPriorities
      priorities={app.priorities()}
      only={params.id}
      wards={app.session.boundaries()}
      neighbourhoods={app.session.neighbourhoods()}
      actions={makePriorityActions(app.session.syncNow)}
      responses={app.responses()}
      csp={app.session.csp()}
    />
  );
}
