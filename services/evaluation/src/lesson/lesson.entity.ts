import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from "typeorm";

export enum LessonStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(LessonStatus, { name: "LessonStatus" });

/** Activity 7: what an awarded tambon's success teaches, summarised for executives. */
@ObjectType({ description: "The lessons learned from an awarded tambon" })
@Entity("lesson_summary")
@Unique("uq_lesson_summary_tambon_year", ["tambonCode", "fiscalYear"])
@Index("idx_lesson_summary_year_status", ["fiscalYear", "status"])
export class LessonSummary {
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

  @Field(() => ID, { description: "The award the lessons are drawn from" })
  @Column({ name: "award_id", type: "varchar", length: 36 })
  awardId!: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field()
  @Column({ name: "success_factors", type: "text" })
  successFactors!: string;

  @Field()
  @Column({ type: "text" })
  challenges!: string;

  @Field()
  @Column({ type: "text" })
  lessons!: string;

  @Field()
  @Column({ type: "text" })
  recommendations!: string;

  @Field(() => LessonStatus)
  @Column({ type: "varchar", length: 16, default: LessonStatus.DRAFT })
  status!: LessonStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: "published_at", type: "datetime", precision: 6, nullable: true })
  publishedAt!: Date | null;

  /** The account that wrote it: four eyes, another account (an admin or an executive) publishes it; null before the rule. */
  @Column({ name: "written_by", type: "varchar", length: 64, nullable: true })
  writtenBy!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "datetime", precision: 6 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "datetime", precision: 6 })
  updatedAt!: Date;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version!: number;
}
