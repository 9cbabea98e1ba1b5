// Route "/accessibility": the accessibility statement.
import { AccessibilityStatement } from './AccessibilityStatement';

export default function AccessibilityScreen() {
  return <AccessibilityStatement />;
}
