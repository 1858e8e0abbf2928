import { type Satang, BahtScalar, satangColumn, StaffOnly } from "@change-leaders/common";
import { Field, ID, Int, ObjectType, UseMiddleware, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";

/** RECORDED → APPROVED → PAID; CANCELLED (money back to the award) before it is paid. */
export enum DisbursementStatus {
  RECORDED = "RECORDED",
  APPROVED = "APPROVED",
  PAID = "PAID",
  CANCELLED = "CANCELLED",
}
registerEnumType(DisbursementStatus, { name: "DisbursementStatus" });

/** One payment out of an award's budget, with its evidence; never deleted, only cancelled. */
@ObjectType({ description: "A payment out of an award's budget" })
@Entity("disbursement")
@Index("idx_disbursement_award", ["awardId", "createdAt"])
@Index("uq_disbursement_recorder_key", ["recordedBy", "idempotencyKey"], { unique: true })
@Index("uq_disbursement_year_reference", ["fiscalYear", "referenceKey"], { unique: true })
export class Disbursement {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ name: "award_id", type: "varchar", length: 36 })
  awardId!: string;

  @Field(() => BahtScalar)
  @Column({ name: "amount_satang", type: "bigint", transformer: satangColumn })
  amount!: Satang;

  @Field()
  @Column({ type: "varchar", length: 500 })
  purpose!: string;

  @Field({ description: "The voucher or transfer reference" })
  @Column({ type: "varchar", length: 100 })
  reference!: string;

  /** The award's fiscal year, kept here so that a voucher reference is unique within its year (the index above). */
  @Field(() => Int, { description: "The fiscal year (BE) of its award; a voucher reference is used once per fiscal year" })
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  /** `reference` as compared for uniqueness (see `referenceKey()`): cancelled entries keep theirs, a voucher number is never reused. */
  @Column({ name: "reference_key", type: "varchar", length: 100 })
  referenceKey!: string;

  @Field(() => [String], { description: "Links to the evidence (receipts, photos, minutes)" })
  @Column({ type: "simple-json" })
  evidence!: string[];

  @Field({ description: "The key a client sends so that a retried request records one disbursement; each account's keys are its own" })
  @Column({ name: "idempotency_key", type: "varchar", length: 100 })
  idempotencyKey!: string;

  @Field(() => DisbursementStatus)
  @Column({ type: "varchar", length: 16, default: DisbursementStatus.RECORDED })
  status!: DisbursementStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: "cancel_reason", type: "text", nullable: true })
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: "The account that recorded it (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "recorded_by", type: "varchar", length: 64, nullable: true })
  recordedBy!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "approved_at", type: "datetime", precision: 6, nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The account that approved it (four eyes: never the recorder)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "approved_by", type: "varchar", length: 64, nullable: true })
  approvedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "paid_at", type: "datetime", precision: 6, nullable: true })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The payment's own reference (transfer or cheque number), given when it is marked paid" })
  @Column({ name: "payment_reference", type: "varchar", length: 100, nullable: true })
  paymentReference!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "cancelled_at", type: "datetime", precision: 6, nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version!: number;
}
