// The app's addresses and the screen each opens. Screens other than the first load on first
// use (the service worker precaches them, so they open offline too).
import { Route } from '@solidjs/router';
import { type Component, lazy } from 'solid-js';
import AddScreen from '../screens/add/AddScreen';

const staff = <K extends string>(name: K) =>
  lazy(() =>
    import('../screens/staff/StaffScreens').then((m) => ({
      default: (m as unknown as Record<K, Component>)[name],
    })),
  );

const MyScreen = lazy(() => import('../screens/my/MyScreen'));
const AreaScreen = lazy(() => import('../screens/priorities/AreaScreen'));
const DoneScreen = lazy(() => import('../screens/priorities/DoneScreen'));
const PublicPriorityScreen = lazy(() => import('../screens/priorities/PublicPriorityScreen'));
const MeetingsScreen = lazy(() => import('../screens/meetings/MeetingsScreen'));
const MoreScreen = lazy(() => import('../screens/more/MoreScreen'));
const OfflineMapScreen = lazy(() => import('../screens/offline-map/OfflineMapScreen'));
const DeviceScreen = lazy(() => import('../screens/device/DeviceScreen'));
const AccessibilityScreen = lazy(() => import('../screens/accessibility/AccessibilityScreen'));
const NotFound = lazy(() => import('../screens/not-found/NotFound'));
const PatrolScreen = staff('PatrolScreen');
const StaffHome = staff('StaffHome');
const ModerationScreen = staff('ModerationScreen');
const ResponsesScreen = staff('ResponsesScreen');
const AssessmentScreen = staff('AssessmentScreen');

/**
 * Fetches every screen once the first one is up, so a signal lost straight after the first
 * visit (before the service worker has them) still leaves every screen working. The service
 * worker downloads the same files anyway, so this costs no extra bytes.
 */
export function preloadScreens(): void {
  for (const screen of [
    MyScreen,
    AreaScreen,
    DoneScreen,
    PublicPriorityScreen,
    MeetingsScreen,
    MoreScreen,
    OfflineMapScreen,
    DeviceScreen,
    AccessibilityScreen,
    NotFound,
    PatrolScreen,
  ])
    void screen.preload();
}

export function AppRoutes() {
  return (
    <>
      <Route path="/" component={AddScreen} />
      <Route path={['/my', '/my/:id']} component={MyScreen} />
      <Route path={['/area', '/area/list']} component={AreaScreen} />
      <Route path="/area/done" component={DoneScreen} />
      <Route path="/priorities/:id" component={PublicPriorityScreen} />
      <Route path={['/meetings', '/meetings/:id', '/meetings/:id/:stage']} component={MeetingsScreen} />
      <Route path="/more" component={MoreScreen} />
      <Route path="/offline-map" component={OfflineMapScreen} />
      <Route path="/device" component={DeviceScreen} />
      <Route path="/accessibility" component={AccessibilityScreen} />
      <Route path="/staff" component={StaffHome} />
      <Route path="/staff/moderation" component={ModerationScreen} />
      <Route path="/staff/responses" component={ResponsesScreen} />
      <Route path="/staff/assessment" component={AssessmentScreen} />
      <Route path="/staff/patrol" component={PatrolScreen} />
      <Route path="*" component={NotFound} />
    </>
  );
}
