import { StaffOnly } from "@change-leaders/common";
import { Field, ID, Int, ObjectType, UseMiddleware, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from "typeorm";

export enum Recommendation {
  SELECT = "SELECT",
  NOT_SELECT = "NOT_SELECT",
}
registerEnumType(Recommendation, { name: "Recommendation", description: "What a reviewer recommends the panel decides" });

/** A panel member's scores of one nomination; written once, locked once submitted. */
@ObjectType({ description: "A panel member's review of a nomination, locked once submitted" })
@Entity("review")
@Unique("uq_review_nomination_reviewer", ["nominationId", "reviewerId"])
export class Review {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ name: "nomination_id", type: "varchar", length: 36 })
  nominationId!: string;

  @Field(() => ID)
  @Column({ name: "reviewer_id", type: "varchar", length: 64 })
  reviewerId!: string;

  @Field(() => String, { nullable: true, description: "The reviewer's name when the review was submitted (null for partners)" })
  @UseMiddleware(StaffOnly)
  @Column({ name: "reviewer_name", type: "varchar", length: 200 })
  reviewerName!: string;

  @Field()
  @Column({ name: "reviewer_role", type: "varchar", length: 32 })
  reviewerRole!: string;

  @Field(() => Recommendation)
  @Column({ type: "varchar", length: 16 })
  recommendation!: Recommendation;

  /** Shown through the resolver (hidden from partners when confidential). */
  @Column({ type: "text" })
  comment!: string;

  @Field({ description: "A confidential comment is never shown to partner agencies" })
  @Column({ name: "comment_confidential", type: "boolean", default: false })
  commentConfidential!: boolean;

  /** The weighted total in hundredths of a point (8750 = 87.50 of 100), computed exactly from the scores. */
  @Column({ name: "total_hundredths", type: "int" })
  totalHundredths!: number;

  @Field({ description: "A submitted review can no longer change" })
  @Column({ type: "boolean", default: true })
  locked!: boolean;

  @Field({ description: "When the review was submitted" })
  @CreateDateColumn({ name: "submitted_at", type: "datetime", precision: 6 })
  submittedAt!: Date;
}

/** One criterion's score in one review. */
@ObjectType({ description: "The score a review gives one criterion" })
@Entity("review_score")
@Index("idx_review_score_review", ["reviewId"])
export class ReviewScore {
  @PrimaryColumn({ name: "review_id", type: "varchar", length: 36 })
  reviewId!: string;

  @Field()
  @PrimaryColumn({ name: "criterion_code", type: "varchar", length: 32 })
  criterionCode!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  score!: number;
}
