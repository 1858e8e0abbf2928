import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, Length, Matches, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { Recommendation } from "./review.entity";

@InputType({ description: "The score of one criterion of the round's rubric" })
export class CriterionScoreInput {
  @Field()
  @Length(1, 32)
  criterionCode!: string;

  @Field(() => Int)
  @IsInt()
  score!: number;
}

@InputType({ description: "A panel member's review: a score for every criterion, a recommendation, a comment" })
export class ReviewInput {
  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: "nominationId is a UUID" })
  nominationId!: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  scores!: CriterionScoreInput[];

  @Field(() => Recommendation)
  @IsEnum(Recommendation)
  recommendation!: Recommendation;

  @Field()
  @Length(1, 5000)
  comment!: string;

  @Field({ defaultValue: false, description: "A confidential comment is never shown to partner agencies" })
  commentConfidential!: boolean;
}
