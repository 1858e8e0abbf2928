import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, Unique } from "typeorm";
import { ContestRound } from "../contest/contest-round";

/** How one round of one fiscal year's contest is scored: data, not code (SPEC section 4). */
@ObjectType({ description: "The scoring rubric of one round of one fiscal year's contest" })
@Entity("rubric")
@Unique("uq_rubric_year_round", ["fiscalYear", "round"])
export class Rubric {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => Int)
  @Column({ name: "fiscal_year", type: "int" })
  fiscalYear!: number;

  @Field(() => ContestRound)
  @Column({ type: "varchar", length: 16 })
  round!: ContestRound;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 300 })
  nameTh!: string;

  @Field()
  @Column({ name: "name_en", type: "varchar", length: 300 })
  nameEn!: string;

  @Field({ description: "True for an illustrative rubric (the demo's), not an official one" })
  @Column({ type: "boolean", default: false })
  example!: boolean;
}

/** One criterion of a rubric: its weight (percent of the total) and the highest score a reviewer may give. */
@ObjectType({ description: "One criterion of a rubric" })
@Entity("rubric_criterion")
@Unique("uq_rubric_criterion_code", ["rubricId", "code"])
@Index("idx_rubric_criterion_rubric", ["rubricId", "position"])
export class RubricCriterion {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ name: "rubric_id", type: "varchar", length: 36 })
  rubricId!: string;

  @Field({ description: "The criterion's code, which a review's scores refer to" })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position!: number;

  @Field()
  @Column({ name: "name_th", type: "varchar", length: 300 })
  nameTh!: string;

  @Field()
  @Column({ name: "name_en", type: "varchar", length: 300 })
  nameEn!: string;

  @Field(() => Int, { description: "Percent of the weighted total; a rubric's weights add up to 100" })
  @Column({ type: "int" })
  weight!: number;

  @Field(() => Int, { description: "The highest score a reviewer may give (the lowest is 0)" })
  @Column({ name: "max_score", type: "int" })
  maxScore!: number;
}
