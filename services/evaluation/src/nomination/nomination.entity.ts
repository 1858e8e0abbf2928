import { StaffOnly } from "@change-leaders/common";
import { Directive, Field, ID, Int, ObjectType, UseMiddleware, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, VersionColumn } from "typeorm";
import { ContestRound } from "../contest/contest-round";

/** SPEC section 4: DRAFT → SUBMITTED → UNDER_REVIEW → SELECTED | NOT_SELECTED, WITHDRAWN before a decision. */
export enum NominationStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  UNDER_REVIEW = "UNDER_REVIEW",
  SELECTED = "SELECTED",
  NOT_SELECTED = "NOT_SELECTED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(NominationStatus, { name: "NominationStatus" });

/** A tambon put forward in one round of one fiscal year's contest. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A tambon nominated in one round of the contest" })
@Entity("nomination")
@Unique("uq_nomination_tambon_round_year", ["tambonCode", "round", "fiscalYear"])
@Index("idx_nomination_year_round", ["fiscalYear", "round", "status"])
@Index("idx_nomination_province", ["provinceCode", "fiscalYear"])
export class Nomination {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;

  @Field({ description: "The tambon's province (the first two digits of its code)" })
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field(() => Int, { description: "Buddhist-Era fiscal year, e.g. 2564" })
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => ContestRound)
  @Column({ type: "varchar", length: 16 })
  round!: ContestRound;

  @Field(() => NominationStatus)
  @Column({ type: "varchar", length: 16, default: NominationStatus.DRAFT })
  status!: NominationStatus;

  @Field()
  @Column({ type: "text" })
  summary!: string;

  /** Links to the evidence (documents, photos, posts); shown through the resolver as a list. */
  @Column({ name: "evidence_links", type: "simple-json", nullable: true })
  evidenceLinks!: string[] | null;

  @Field(() => String, { nullable: true, description: "Why it was last returned, rejected or withdrawn" })
  @Column({ name: "status_reason", type: "text", nullable: true })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the panel's decision was recorded" })
  @Column({ name: "decided_at", type: "datetime", precision: 6, nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The account that recorded the decision (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "decided_by", type: "varchar", length: 64, nullable: true })
  decidedBy!: string | null;

  @Field(() => ID, { nullable: true, description: "The nomination of the round before, whose selection led here" })
  @Column({ name: "previous_nomination_id", type: "varchar", length: 36, nullable: true })
  previousNominationId!: string | null;

  @Field(() => String, { nullable: true, description: "The account that nominated the tambon (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "nominated_by", type: "varchar", length: 64, nullable: true })
  nominatedBy!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
