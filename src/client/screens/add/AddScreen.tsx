// Route "/": add a priority.
import { useApp } from '../../frame/app-state';
import { CaptureView } from './CaptureView';

export default function AddScreen() {
  const app = useApp();
  return <CaptureView session={app.session} onSaved={() => undefined} />;
}
