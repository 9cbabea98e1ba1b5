// Route "/device": what this device holds, and what to do with it.
import { useApp } from '../../frame/app-state';
import { DeviceView } from './DeviceView';

export default function DeviceScreen() {
  const app = useApp();
  return <DeviceView outbox={app.outbox()} onChanged={() => app.session.syncNow()} />;
}
