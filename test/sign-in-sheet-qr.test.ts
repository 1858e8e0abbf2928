import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { graphql } from "@change-leaders/common/testing";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { baseOf } from "./support/evidence";
import { type TestSystem, startSystem } from "./support/system";

/**
 * The sign-in sheet's QR codes, read the way a phone at the door reads them: the PDF printed (rasterised at
 * 150 dpi) and each row's code decoded. Each names the event and one of its registered leaders by id, and
 * nothing personal (no national ID, phone or birth date).
 */

/** The first page of a PDF at 150 dpi, as RGBA pixels. */
function firstPage(pdf: Buffer): PNG {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sign-in-qr-"));
  try {
    fs.writeFileSync(path.join(dir, "sheet.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", path.join(dir, "sheet.pdf"), path.join(dir, "page")]);
    return PNG.sync.read(fs.readFileSync(path.join(dir, "page.png")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every QR code on the page: windows down its right-hand column (one code per row), each decoded alone. */
function decodeAll(png: PNG): Set<string> {
  // The QR column: the right fifth of the page; windows a little taller than one row's code.
  const left = Math.floor(png.width * 0.8);
  const width = png.width - left;
  const height = 120;
  const found = new Set<string>();
  for (let top = 0; top + height <= png.height; top += 20) {
    const window = new Uint8ClampedArray(width * height * 4);
    for (let row = 0; row < height; row++) {
      const from = ((top + row) * png.width + left) * 4;
      window.set(png.data.subarray(from, from + width * 4), row * width * 4);
    }
    const code = jsQR(window, width, height);
    if (code) found.add(code.data);
  }
  return found;
}

describe("the sign-in sheet's QR codes", () => {
  let system: TestSystem;
  let officer: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem("sqlite");
    officer = await system.loginAs("officer.chanthaburi");
    admin = await system.loginAs("admin");
  });
  afterAll(() => system?.stop());

  it("each row's printed QR code reads back as CL-ATTEND:<event>:<leader> of a leader registered on the sheet", async () => {
    const events = await graphql<{ events: { nodes: { id: string; signInSheetUrl: string; participations: { totalCount: number } }[] } }>(
      system.url,
      EVENTS,
      {},
      officer,
    );
    const event = events.data!.events.nodes.find((e) => e.participations.totalCount >= 5)!;
    expect(event).toBeDefined();
    // Who is registered, with the personal data that must stay out of the codes (read as the admin, who may see it).
    const participants = await graphql<{ event: { participations: Participations } }>(system.url, PARTICIPANTS, { id: event.id }, admin);
    expect(participants.errors).toBeUndefined();
    const response = await fetch(`${baseOf(system.url)}${event.signInSheetUrl}`, { headers: officer });
    expect(response.status).toBe(200);
    const codes = decodeAll(firstPage(Buffer.from(await response.arrayBuffer())));

    const registered = new Map(participants.data!.event.participations.nodes.map((p) => [p.leader.id, p.leader]));
    // The first page holds nine rows or more under the title and the event's details, each with its code.
    expect(codes.size).toBeGreaterThanOrEqual(Math.min(9, event.participations.totalCount));
    for (const text of codes) {
      // In capitals, so that the code is in the QR alphanumeric set; ids are the API's lower case.
      const [, eventId, leaderId] = (/^CL-ATTEND:([^:]+):([^:]+)$/.exec(text) ?? []).map((part) => part.toLowerCase());
      expect({ eventId, registered: registered.has(leaderId) }).toEqual({ eventId: event.id, registered: true });
      const leader = registered.get(leaderId)!;
      // Ids only: none of the leader's personal data is in the code.
      for (const personal of [leader.nationalId, leader.phone, leader.birthDate, leader.firstName]) {
        if (personal) expect(text).not.toContain(personal);
      }
    }
  });
});

interface Participations {
  totalCount: number;
  nodes: { leader: { id: string; firstName: string; nationalId: string | null; phone: string | null; birthDate: string | null } }[];
}

const EVENTS = `{ events(page: { limit: 20 }) { nodes { id signInSheetUrl participations(page: { limit: 1 }) { totalCount } } } }`;
const PARTICIPANTS = `query Participants($id: ID!) { event(id: $id) {
  participations(page: { limit: 100 }) { totalCount nodes { leader { id firstName nationalId phone birthDate } } } } }`;
