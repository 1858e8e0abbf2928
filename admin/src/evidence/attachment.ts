import type { Me } from "../authProvider";
import type { QueryName, WorkflowAction } from "../dataProvider";

/** A file attached to a record (the API's `Attachment`); `url` opens it without a header for about ten minutes. */
export interface Attachment {
  id: string;
  kind: AttachmentKind;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedByName: string;
  uploadedAt: string;
  attachedAt: string;
  url: string;
}

export type AttachmentKind = "RECEIPT" | "PHOTO" | "MINUTES" | "SIGN_IN_SHEET" | "PORTFOLIO" | "DOCUMENT";

/** What the upload takes (the gateway decides the type from the bytes: PDF, JPEG, PNG or an Excel workbook). */
export const ACCEPTED_FILES = ".pdf,.jpg,.jpeg,.png,.xlsx";

/** The signed links last about ten minutes: a page left open reads its attachments again before they expire. */
export const LINK_REFRESH_MS = 5 * 60 * 1000;

export const isImage = (attachment: Pick<Attachment, "contentType">) => attachment.contentType.startsWith("image/");

export const hasReceipt = (attachments: Attachment[] | undefined) => (attachments ?? []).some((a) => a.kind === "RECEIPT");

type Role = unknown;
type RecordValues = Record<string, unknown>;

/** How one kind of record keeps files: the mutation that attaches one, the kinds it takes, where its list is read. */
export interface EvidenceTarget {
  action: WorkflowAction;
  /** The mutation's variable naming the record. */
  idVariable: string;
  /** The kinds it takes, the default first; a single kind is not asked. */
  kinds: AttachmentKind[];
  /** The named read of the record's attachments (disbursements come with the award's ledger). */
  query?: QueryName;
  read?: (data: Record<string, { attachments?: Attachment[]; portfolio?: Attachment[] } | null>) => Attachment[];
  /**
   * Whether the upload button shows: the roles and states the API lets attach (the API stays the judge; this only
   * spares the user a button that would be refused).
   */
  mayAttach: (role: Role, record: RecordValues, account: Me | null) => boolean;
}

const officer = (role: Role) => role === "ADMIN" || role === "PROVINCE_OFFICER";
const inState = (record: RecordValues, states: string[]) => states.includes(String(record.status));

export type EvidenceTargetName = "disbursement" | "nomination" | "lesson" | "event" | "progressReport";

export const EVIDENCE: Record<EvidenceTargetName, EvidenceTarget> = {
  /** Receipts (required before PAID), photos and documents, by the money roles, until paid or cancelled. */
  disbursement: {
    action: "attachDisbursementFile",
    idVariable: "disbursementId",
    kinds: ["RECEIPT", "PHOTO", "DOCUMENT"],
    mayAttach: (role, record) => (role === "ADMIN" || role === "BUDGET_OFFICER") && inState(record, ["RECORDED", "APPROVED"]),
  },
  /** The portfolio, by the province while the nomination is a draft or submitted. */
  nomination: {
    action: "attachNominationPortfolio",
    idVariable: "nominationId",
    kinds: ["PORTFOLIO"],
    query: "nominationPortfolio",
    read: (data) => data.nomination?.portfolio ?? [],
    mayAttach: (role, record) => officer(role) && inState(record, ["DRAFT", "SUBMITTED"]),
  },
  /** Documents and photos of a lesson summary in draft. */
  lesson: {
    action: "attachLessonFile",
    idVariable: "lessonId",
    kinds: ["DOCUMENT", "PHOTO"],
    query: "lessonAttachments",
    read: (data) => data.lessonSummary?.attachments ?? [],
    mayAttach: (role, record) => officer(role) && inState(record, ["DRAFT"]),
  },
  /** Minutes, the signed sign-in sheet, photos: by the organiser (admins for national events), unless cancelled. */
  event: {
    action: "attachEventFile",
    idVariable: "eventId",
    kinds: ["MINUTES", "SIGN_IN_SHEET", "PHOTO", "DOCUMENT"],
    query: "eventAttachments",
    read: (data) => data.event?.attachments ?? [],
    mayAttach: (role, record, account) =>
      inState(record, ["SCHEDULED"]) &&
      (role === "ADMIN" ||
        (role === "PROVINCE_OFFICER" && record.organiserProvinceCode != null && record.organiserProvinceCode === account?.provinceCode)),
  },
  /** Photos (or a document) of a progress report while its province may still edit it. */
  progressReport: {
    action: "attachProgressReportFile",
    idVariable: "reportId",
    kinds: ["PHOTO", "DOCUMENT"],
    query: "progressReportAttachments",
    read: (data) => data.progressReport?.attachments ?? [],
    mayAttach: (role, record) => officer(role) && inState(record, ["DRAFT", "RETURNED"]),
  },
};

/** A size as people read it: KB below a megabyte, MB above (one decimal). */
export function formatSize(bytes: number, locale: string): string {
  const number = (value: number) => value.toLocaleString(locale === "en" ? "en-GB" : "th-TH", { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${number(Math.max(bytes / 1024, 0.1))} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
