import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** What a file is to the record it is attached to. */
export enum AttachmentKind {
  RECEIPT = "RECEIPT",
  PHOTO = "PHOTO",
  MINUTES = "MINUTES",
  SIGN_IN_SHEET = "SIGN_IN_SHEET",
  PORTFOLIO = "PORTFOLIO",
  DOCUMENT = "DOCUMENT",
}
registerEnumType(AttachmentKind, {
  name: "AttachmentKind",
  description: "What a file is to its record: a receipt, a photo, minutes, a sign-in sheet, a portfolio, another document",
});

/**
 * An uploaded file attached to one record (a disbursement, a progress report, an event, a nomination,
 * a lesson), kept by the subgraph that owns the record, so who may read the record may read the file.
 * Attached once and never removed: evidence stays with its record. The bytes are in the file store.
 */
@Directive("@shareable")
@ObjectType({ description: "A file kept as evidence of a record; `url` is a download link that works for a few minutes" })
@Entity("attachment")
@Index("idx_attachment_record", ["entityName", "recordId"])
export class Attachment {
  @Field(() => ID, { description: "The upload's id (POST /files)" })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ name: "entity_name", type: "varchar", length: 64 })
  entityName!: string;

  @Column({ name: "record_id", type: "varchar", length: 64 })
  recordId!: string;

  @Field(() => AttachmentKind)
  @Column({ type: "varchar", length: 16 })
  kind!: AttachmentKind;

  @Field({ description: "The file's name as uploaded" })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field({ description: "application/pdf, image/jpeg, image/png or the Excel workbook type, decided from the bytes" })
  @Column({ name: "content_type", type: "varchar", length: 100 })
  contentType!: string;

  @Field(() => Int, { description: "Bytes" })
  @Column({ type: "int" })
  size!: number;

  @Field({ description: "Hex SHA-256 of the bytes, computed on upload: the same file read back has the same" })
  @Column({ type: "varchar", length: 64 })
  sha256!: string;

  @Column({ name: "uploaded_by", type: "varchar", length: 64 })
  uploadedBy!: string;

  @Field({ description: "Who uploaded it (display name)" })
  @Column({ name: "uploaded_by_name", type: "varchar", length: 128 })
  uploadedByName!: string;

  @Field()
  @Column({ name: "uploaded_at", type: "datetime", precision: 3 })
  uploadedAt!: Date;

  @Column({ name: "attached_by", type: "varchar", length: 64 })
  attachedBy!: string;

  @Field()
  @Column({ name: "attached_at", type: "datetime", precision: 3 })
  attachedAt!: Date;
}
