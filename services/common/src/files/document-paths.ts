/** Where the gateway serves each PDF (services/gateway/src/documents/): what records link to. */
export const DOCUMENT_PATHS = {
  disbursementVoucher: (id: string) => `/documents/disbursement-voucher/${id}.pdf`,
  awardCertificate: (id: string) => `/documents/award-certificate/${id}.pdf`,
  signInSheet: (eventId: string) => `/documents/sign-in-sheet/${eventId}.pdf`,
  executiveSummary: (fiscalYear: number) => `/documents/executive-summary/${fiscalYear}.pdf`,
  leaderData: (id: string) => `/documents/leader-data/${id}.pdf`,
} as const;
