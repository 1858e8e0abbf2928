import QrCodeScannerIcon from "@mui/icons-material/QrCodeScanner";
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography, useMediaQuery, useTheme } from "@mui/material";
import { useEffect, useRef, useState } from "react";
import { useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";
import { readAttendanceCode } from "./attendanceCode";
import type { Row } from "./ParticipantTable";

type Decode = (typeof import("jsqr"))["default"];
type Outcome = { severity: "success" | "info" | "warning" | "error"; text: string };

/** How often a frame is read: often enough to feel instant, rarely enough to leave a phone's battery alone. */
const EVERY_MS = 150;

/**
 * "สแกนคิวอาร์เพื่อบันทึกการเข้าร่วม": the phone's back camera at the door; each sign-in sheet QR code read marks
 * that leader attended at once, with their name and a running count. A code of another event, of a leader not
 * registered, or not ours is refused in Thai; the same leader scanned twice is counted once. The decoder (jsqr)
 * is loaded only when the scanner opens.
 */
export function AttendanceScanner({ eventId, rows, onClose }: { eventId: string; rows: Row[]; onClose: () => void }) {
  const translate = useTranslate();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"));
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    onClose();
  };
  return (
    <>
      <Button variant="outlined" startIcon={<QrCodeScannerIcon />} onClick={() => setOpen(true)}>
        {translate("cl.event.scan")}
      </Button>
      <Dialog open={open} onClose={close} fullScreen={phone} fullWidth maxWidth="sm">
        <DialogTitle>{translate("cl.event.scan")}</DialogTitle>
        <DialogContent>{open && <Scanner eventId={eventId} rows={rows} />}</DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate("cl.event.close")}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function Scanner({ eventId, rows }: { eventId: string; rows: Row[] }) {
  const translate = useTranslate();
  const dataProvider = usePanelDataProvider();
  const video = useRef<HTMLVideoElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [count, setCount] = useState(0);
  const [cameraFailed, setCameraFailed] = useState(false);
  // What the loop reads between frames (state would be stale inside it).
  const latest = useRef({ rows, translate, dataProvider });
  latest.current = { rows, translate, dataProvider };

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stream: MediaStream | undefined;
    /** The last code dealt with: a code held in front of the camera is read on every frame, and dealt with once. */
    let lastText = "";
    let busy = false;
    const counted = new Set<string>();
    const canvas = document.createElement("canvas");

    const handle = async (text: string) => {
      const { rows, translate, dataProvider } = latest.current;
      const code = readAttendanceCode(text);
      if (!code) return setOutcome({ severity: "error", text: translate("cl.event.scanUnknown") });
      if (code.eventId !== eventId) return setOutcome({ severity: "error", text: translate("cl.event.scanOtherEvent") });
      const row = rows.find((r) => r.id === code.leaderId);
      if (!row?.registered) return setOutcome({ severity: "error", text: translate("cl.event.scanNotRegistered") });
      if (counted.has(row.id)) return setOutcome({ severity: "info", text: translate("cl.event.scanAgain", { name: row.name }) });
      try {
        await dataProvider.workflow("recordAttendance", { eventId, leaderIds: [row.id], attended: true });
        counted.add(row.id);
        setCount(counted.size);
        setOutcome({ severity: "success", text: translate("cl.event.scanMarked", { name: row.name }) });
      } catch (error) {
        lastText = ""; // refused by the API (e.g. the event was cancelled meanwhile): the same code may be tried again
        setOutcome({ severity: "error", text: apiErrorMessage(error) });
      }
    };

    const start = async () => {
      const [{ default: decode }, media] = await Promise.all([
        import("jsqr") as Promise<{ default: Decode }>,
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
      ]);
      stream = media;
      if (stopped || !video.current) return;
      video.current.srcObject = media;
      await video.current.play();
      const frame = async () => {
        const v = video.current;
        if (stopped || !v) return;
        if (!busy && v.videoWidth > 0) {
          canvas.width = v.videoWidth;
          canvas.height = v.videoHeight;
          const context = canvas.getContext("2d", { willReadFrequently: true });
          if (context) {
            context.drawImage(v, 0, 0);
            const image = context.getImageData(0, 0, canvas.width, canvas.height);
            const found = decode(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
            if (found && found.data !== lastText) {
              lastText = found.data;
              busy = true;
              await handle(found.data);
              busy = false;
            }
          }
        }
        if (!stopped) timer = setTimeout(frame, EVERY_MS);
      };
      void frame();
    };
    start().catch(() => {
      if (!stopped) setCameraFailed(true);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [eventId]);

  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate("cl.event.scanHelp")}
      </Typography>
      {cameraFailed ? (
        <Alert severity="error">{translate("cl.event.scanNoCamera")}</Alert>
      ) : (
        <video ref={video} muted playsInline style={{ width: "100%", maxHeight: "50vh", background: "#000" }} />
      )}
      <Typography variant="h6" data-testid="scan-count" sx={{ my: 1 }}>
        {translate("cl.event.scanCount", { count })}
      </Typography>
      <div aria-live="polite" data-testid="scan-result">
        {outcome ? (
          <Alert severity={outcome.severity}>{outcome.text}</Alert>
        ) : (
          <Typography color="text.secondary">{translate("cl.event.scanWaiting")}</Typography>
        )}
      </div>
    </>
  );
}
