export * from "./attachment.entity";
export * from "./attachments";
export * from "./file-store";
export * from "./uploads";
export * from "./document-paths";
