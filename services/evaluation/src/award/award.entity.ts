import { type Satang, BahtScalar, satangColumn } from "@change-leaders/common";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from "typeorm";

/** Outstanding (ดีเด่น) from the regional round, excellent (ดีเลิศ) from the national round. */
export enum AwardLevel {
  OUTSTANDING = "OUTSTANDING",
  EXCELLENT = "EXCELLENT",
}
registerEnumType(AwardLevel, { name: "AwardLevel" });

/**
 * A tambon's award, with its budget. `disbursedTotal` is the sum of the award's disbursements that
 * are not cancelled, kept by the same conditional UPDATE that refuses a disbursement that does not fit.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An outstanding or excellent award of a tambon, with its budget" })
@Entity("award")
@Unique("uq_award_tambon_level_year", ["tambonCode", "level", "fiscalYear"])
@Index("idx_award_year_province", ["fiscalYear", "provinceCode"])
export class Award {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ name: "tambon_code", type: "varchar", length: 6 })
  tambonCode!: string;

  @Field(() => ID)
  @Column({ name: "province_code", type: "varchar", length: 2 })
  provinceCode!: string;

  @Field(() => Int)
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => AwardLevel)
  @Column({ type: "varchar", length: 16 })
  level!: AwardLevel;

  @Field(() => Int, { nullable: true, description: "The rank among the year's awards of this level" })
  @Column({ type: "int", nullable: true })
  rank!: number | null;

  @Field(() => BahtScalar, { description: "The budget awarded" })
  @Column({ name: "amount_satang", type: "bigint", transformer: satangColumn })
  amount!: Satang;

  @Field(() => BahtScalar, { description: "The sum of the disbursements that are not cancelled" })
  @Column({ name: "disbursed_satang", type: "bigint", default: 0, transformer: satangColumn })
  disbursedTotal!: Satang;

  @Field(() => String, { nullable: true, description: "The date the honour plaque was presented (YYYY-MM-DD)" })
  @Column({ name: "plaque_awarded_at", type: "varchar", length: 10, nullable: true })
  plaqueAwardedAt!: string | null;

  @Field(() => ID, { nullable: true, description: "The nomination whose selection made the award" })
  @Column({ name: "nomination_id", type: "varchar", length: 36, nullable: true })
  nominationId!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version!: number;
}

/** The budget of an award level in a fiscal year (FY 2564: EXCELLENT 1,000,000.00 baht): data, not code. */
@ObjectType({ description: "The amount an award of a level receives in a fiscal year" })
@Entity("award_amount")
export class AwardAmount {
  @Field(() => Int)
  @PrimaryColumn({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => AwardLevel)
  @PrimaryColumn({ type: "varchar", length: 16 })
  level!: AwardLevel;

  @Field(() => BahtScalar)
  @Column({ name: "amount_satang", type: "bigint", transformer: satangColumn })
  amount!: Satang;
}
