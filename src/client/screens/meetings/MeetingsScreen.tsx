// Routes "/meetings", "/meetings/new", "/meetings/:id" and "/meetings/:id/:stage".
import { useBeforeLeave, useNavigate, useParams } from '@solidjs/router';
import { useApp } from '../../frame/app-state';
import { noteRefusedLeave, turnLocked } from '../../meetings/turn-lock';
import { MEETING_STAGES, type MeetingStage } from './MeetingRoom';
import { MeetingsView } from './MeetingsView';

const isStage = (value: string | undefined): value is MeetingStage =>
  (MEETING_STAGES as readonly string[]).includes(value ?? '');

export default function MeetingsScreen() {
  const { session } = useApp();
  const params = useParams<{ id?: string; stage?: string }>();
  const navigate = useNavigate();
  // An attendee's turn cannot be left by Back, a link or the address: the turn ends it, or the chair.
  useBeforeLeave((e) => {
    if (!turnLocked()) return;
    e.preventDefault();
    noteRefusedLeave();
  });
  return (
    <MeetingsView
      session={session}
      open={params.id}
      stage={isStage(params.stage) ? params.stage : 'agenda'}
      navigate={(to, options) => navigate(to, options)}
    />
  );
}
