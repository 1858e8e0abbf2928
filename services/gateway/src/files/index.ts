import { type Config, type Identity, type Logger, requestIdOf } from "@change-leaders/common";
import express from "express";
import type { CallerVerifier } from "../callers";
import { createGatewayContext } from "../context";
import { downloadHandler } from "./download";
import { sendDomainError, sendFileError } from "./responses";
import { uploadHandler } from "./upload";

/**
 * Evidence files at the gateway: `POST /files` and `GET /files/{id}`, authenticated as GraphQL is
 * (Authorization: Bearer or X-Api-Key), answered with GraphQL's error shape when refused.
 */
export function filesRouter(config: Config, callers: CallerVerifier, logger: Logger): express.Router {
  const identify = async (req: express.Request): Promise<Identity | null> => (await createGatewayContext(req, config, callers)).identity;
  const router = express.Router();
  router.post("/files", uploadHandler(config, identify));
  router.get("/files/:id", downloadHandler(config, identify, requestIdOf));
  router.use("/files", ((failure, req, res, next) => {
    if (res.headersSent) return next(failure);
    try {
      sendDomainError(res, failure);
    } catch {
      logger.error({ err: failure, requestId: requestIdOf(req) }, "a file request failed");
      sendFileError(
        res,
        500,
        "INTERNAL_SERVER_ERROR",
        "The file could not be handled now; try again",
        "ระบบขัดข้อง ไม่สามารถจัดการไฟล์ได้ในขณะนี้ กรุณาลองใหม่",
      );
    }
  }) as express.ErrorRequestHandler);
  return router;
}
