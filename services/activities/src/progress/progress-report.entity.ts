import { type Satang, BahtScalar, DateScalar, satangColumn, StaffOnly } from "@change-leaders/common";
import { Field, ID, Int, ObjectType, UseMiddleware, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn, VersionColumn } from "typeorm";

export enum ProgressReportStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  RETURNED = "RETURNED",
}
registerEnumType(ProgressReportStatus, {
  name: "ProgressReportStatus",
  description: "DRAFT → SUBMITTED → ACCEPTED, or RETURNED with a reason (then edited and submitted again)",
});

/** A tambon's food-security progress over one period (activity 3). */
@ObjectType({ description: "A tambon's food-security progress over one period (activity 3)" })
@Entity("progress_report")
@Unique("uq_progress_report_tambon_period", ["tambonCode", "periodStart", "periodEnd"])
@Index("idx_progress_report_province", ["provinceCode", "fiscalYear", "status"])
@Index("idx_progress_report_tambon", ["tambonCode", "periodStart"])
export class ProgressReport {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;

  @Field(() => ID)
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field(() => ID, { nullable: true, description: "The food-security event it reports on, if any" })
  @Column({ name: "event_id", type: "varchar", length: 36, nullable: true })
  eventId!: string | null;

  @Field(() => Int, { description: "Buddhist-Era fiscal year the period starts in" })
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => DateScalar)
  @Column({ name: "period_start", type: "date" })
  periodStart!: string;

  @Field(() => DateScalar)
  @Column({ name: "period_end", type: "date" })
  periodEnd!: string;

  @Field()
  @Column({ type: "text" })
  narrative!: string;

  @Field(() => [String], { description: "Links to photos, documents or posts (http or https)" })
  @Column({ name: "evidence_links", type: "simple-json" })
  evidenceLinks!: string[];

  @Field(() => ProgressReportStatus)
  @Column({ type: "varchar", length: 16 })
  status!: ProgressReportStatus;

  @Field(() => String, { nullable: true, description: "Why the officer returned it (the latest time)" })
  @Column({ name: "return_reason", type: "varchar", length: 1000, nullable: true })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "submitted_at", type: "datetime", precision: 3, nullable: true })
  submittedAt!: Date | null;

  /** The account that submitted it: another account accepts or returns it (four eyes). */
  @Column({ name: "submitted_by", type: "varchar", length: 36, nullable: true })
  submittedBy!: string | null;

  @Field(() => Date, { nullable: true, description: "When it was accepted or returned" })
  @Column({ name: "decided_at", type: "datetime", precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Who accepted or returned it (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "decided_by", type: "varchar", length: 128, nullable: true })
  decidedBy!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "datetime", precision: 6 })
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** The value of one indicator in one report: a count, or an amount in baht. */
@ObjectType({ description: "The value of one indicator in a report: quantity for COUNT indicators, amount for MONEY ones" })
@Entity("progress_report_value")
export class ProgressReportValue {
  @PrimaryColumn({ name: "report_id", type: "varchar", length: 36 })
  reportId!: string;

  @Field(() => ID)
  @PrimaryColumn({ name: "indicator_code", type: "varchar", length: 40 })
  indicatorCode!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: "bigint", nullable: true, transformer: { to: (v: number | null) => v, from: (v: unknown) => (v === null ? null : Number(v)) } })
  quantity!: number | null;

  @Field(() => BahtScalar, { nullable: true })
  @Column({ name: "amount_satang", type: "bigint", nullable: true, transformer: satangColumn })
  amount!: Satang | null;
}
