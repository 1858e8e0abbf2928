import { DOCUMENT_PATHS } from "@change-leaders/common";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { Award } from "../award/award.entity";
import { ExecutiveSummary } from "../budget/budget.types";
import { Disbursement } from "../disbursement/disbursement.entity";

const PDF_NOTE = "GET it from the gateway with the same credentials; it follows the same reading rules";

@Resolver(() => Disbursement)
export class DisbursementPaperworkResolver {
  @FieldResolver(() => String, {
    description: `The disbursement voucher (PDF): amount in figures and Thai words, recorder and approver. ${PDF_NOTE}`,
  })
  voucherUrl(@Root() disbursement: Disbursement): string {
    return DOCUMENT_PATHS.disbursementVoucher(disbursement.id);
  }
}

@Resolver(() => Award)
export class AwardPaperworkResolver {
  @FieldResolver(() => String, { description: `The award certificate (PDF) for the plaque. ${PDF_NOTE}` })
  certificateUrl(@Root() award: Award): string {
    return DOCUMENT_PATHS.awardCertificate(award.id);
  }
}

@Resolver(() => ExecutiveSummary)
export class ExecutiveSummaryPaperworkResolver {
  @FieldResolver(() => String, { description: `This summary as a PDF for executives, with the published lessons. ${PDF_NOTE}` })
  pdfUrl(@Root() summary: ExecutiveSummary): string {
    return DOCUMENT_PATHS.executiveSummary(summary.fiscalYear);
  }
}
