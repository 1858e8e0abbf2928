/**
 * Paperwork: the system's printable Thai documents as PDF, each a pure function of a plain data
 * object, and the Thai text, date and money formatting they are made with.
 */
export { type CertificateDocument, awardCertificatePdf } from "./certificate";
export { type ExecutiveSummaryDocument, executiveSummaryPdf, executiveSummaryTitle } from "./executive-summary";
export { LEADER_DATA_LAW, LEADER_DATA_TITLE, type LeaderDataDocument, leaderDataPdf } from "./leader-data";
export { SIGN_IN_TITLE, type SignInSheetDocument, attendanceCode, signInSheetPdf } from "./sign-in-sheet";
export { drawQrCode, qrMatrix } from "./qr-code";
export { VOUCHER_TITLE, type VoucherDocument, disbursementVoucherPdf } from "./voucher";
export {
  bahtFigures,
  bahtWords,
  thaiCount,
  thaiDate,
  thaiDateTime,
  thaiPlace,
  thaiProvince,
  thaiShortDate,
  thaiTambon,
  thaiTime,
} from "./thai-format";
export { DEPARTMENT, Paper, type PaperOptions, type SignatureBlock } from "./paper";
export { type BarChart, type Column, drawBarChart, drawTable } from "./paper-table";
export { breakLines, breakPieces, measure, scriptRuns } from "./thai-text";
