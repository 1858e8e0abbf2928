import {
  type Config,
  type Identity,
  type Logger,
  awardCertificatePdf,
  disbursementVoucherPdf,
  executiveSummaryPdf,
  fiscalYearFault,
  leaderDataPdf,
  requestIdOf,
  signInSheetPdf,
} from "@change-leaders/common";
import express from "express";
import type { CallerVerifier } from "../callers";
import { createGatewayContext } from "../context";
import { sendDomainError, sendFileError } from "../files/responses";
import { DocumentRefused } from "./ask-as-caller";
import { certificateDocument, executiveSummaryDocument, leaderDataDocument, signInSheetDocument, voucherDocument } from "./documents";

const RECORD_ID = /^[A-Za-z0-9-]{1,64}$/;

/** `inline; filename*=UTF-8''…`: the PDF opens in the browser and saves under its Thai name. */
const disposition = (name: string) => `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Official paperwork as PDFs, made on request from what the caller may read through GraphQL
 * (documents.ts asks this gateway as the caller), so a document follows every rule the API does:
 * `GET /documents/{kind}/{id}.pdf` for the voucher, the certificate, the sign-in sheet, a leader's
 * data, and `/documents/executive-summary/{fiscalYear}.pdf`.
 */
export function documentsRouter(config: Config, callers: CallerVerifier, logger: Logger): express.Router {
  const router = express.Router();
  /** A route: authenticate, check the key, gather the document's data as the caller, render it. */
  const send = <T>(
    document: (req: express.Request, key: string, identity: Identity) => Promise<{ data: T; fileName: string }>,
    render: (data: T) => Promise<Buffer>,
    key: "id" | "fiscalYear",
  ) =>
    (async (req, res) => {
      const match = /^(.+)\.pdf$/.exec(String(req.params.file ?? ""));
      try {
        // The caller is authenticated first, as GraphQL would: a bad token is 401 before anything is read.
        const context = await createGatewayContext(req, config, callers);
        if (!context.identity) return sendFileError(res, 401, "UNAUTHENTICATED", "Log in to open this document", "กรุณาเข้าสู่ระบบ", key);
        if (!match) return sendFileError(res, 404, "NOT_FOUND", "Documents end in .pdf", "ไม่พบเอกสาร", key);
        const value = match[1];
        if (key === "fiscalYear") {
          const fault = fiscalYearFault("fiscalYear", /^\d{4}$/.test(value) ? Number(value) : NaN);
          if (fault) return sendFileError(res, 400, "BAD_USER_INPUT", fault.message, fault.messageTh, "fiscalYear");
        } else if (!RECORD_ID.test(value)) {
          return sendFileError(res, 404, "NOT_FOUND", "No such record", "ไม่พบข้อมูล", "id");
        }
        const { data, fileName } = await document(req, value, context.identity);
        const pdf = await render(data);
        res.status(200);
        res.setHeader("content-type", "application/pdf");
        res.setHeader("content-length", String(pdf.length));
        res.setHeader("content-disposition", disposition(fileName));
        res.setHeader("cache-control", "private, no-store");
        res.setHeader("x-content-type-options", "nosniff");
        res.end(pdf);
      } catch (failure) {
        if (failure instanceof DocumentRefused)
          return sendFileError(res, failure.status, failure.code, failure.message, failure.messageTh, failure.field);
        try {
          sendDomainError(res, failure);
        } catch {
          logger.error({ err: failure, requestId: requestIdOf(req) }, "a document could not be made");
          sendFileError(
            res,
            500,
            "INTERNAL_SERVER_ERROR",
            "The document could not be made now; try again",
            "ระบบขัดข้อง ไม่สามารถจัดทำเอกสารได้ในขณะนี้ กรุณาลองใหม่",
          );
        }
      }
    }) as express.RequestHandler;

  router.get("/documents/disbursement-voucher/:file", send(voucherDocument, disbursementVoucherPdf, "id"));
  router.get("/documents/award-certificate/:file", send(certificateDocument, awardCertificatePdf, "id"));
  router.get("/documents/sign-in-sheet/:file", send(signInSheetDocument, signInSheetPdf, "id"));
  router.get(
    "/documents/executive-summary/:file",
    send((req, year) => executiveSummaryDocument(req, Number(year)), executiveSummaryPdf, "fiscalYear"),
  );
  router.get(
    "/documents/leader-data/:file",
    send((req, id, identity) => leaderDataDocument(req, id, identity.name), leaderDataPdf, "id"),
  );
  return router;
}
