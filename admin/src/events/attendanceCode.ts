/**
 * The sign-in sheet's QR codes say `CL-ATTEND:<eventId>:<leaderId>` (services/common paperwork/sign-in-sheet.ts):
 * which participation, by ids only, printed in capitals (the QR alphanumeric set) — ids are read back in the
 * lower case the API gives them. Anything else is not one of ours.
 */
export function readAttendanceCode(text: string): { eventId: string; leaderId: string } | null {
  const match = /^CL-ATTEND:([^:\s]+):([^:\s]+)$/i.exec(text.trim());
  return match ? { eventId: match[1].toLowerCase(), leaderId: match[2].toLowerCase() } : null;
}
