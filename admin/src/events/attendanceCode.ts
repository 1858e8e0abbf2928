/**
 * The sign-in sheet's QR codes say `CL-ATTEND:<eventId>:<leaderId>` (services/common paperwork/sign-in-sheet.ts):
 * which participation, by ids only. Anything else is not one of ours.
 */
export function readAttendanceCode(text: string): { eventId: string; leaderId: string } | null {
  const match = /^CL-ATTEND:([^:\s]+):([^:\s]+)$/.exec(text.trim());
  return match ? { eventId: match[1], leaderId: match[2] } : null;
}
