import { IsFiscalYear } from "@change-leaders/common";
import { ArrayMaxSize, ArrayMinSize, IsEnum, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { ContestRound } from "../contest/contest-round";

@InputType()
export class RubricCriterionInput {
  @Field()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: "code is 1–32 letters, digits, _ or -" })
  code!: string;

  @Field()
  @Length(1, 300)
  nameTh!: string;

  @Field()
  @Length(1, 300)
  nameEn!: string;

  @Field(() => Int, { description: "Percent of the total; the weights of a rubric add up to 100" })
  @Min(1)
  @Max(100)
  weight!: number;

  @Field(() => Int)
  @Min(1)
  @Max(1000)
  maxScore!: number;
}

@InputType({ description: "A rubric for one round of one fiscal year" })
export class RubricInput {
  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => ContestRound)
  @IsEnum(ContestRound)
  round!: ContestRound;

  @Field()
  @Length(1, 300)
  nameTh!: string;

  @Field()
  @Length(1, 300)
  nameEn!: string;

  @Field({ defaultValue: false })
  example!: boolean;

  @Field(() => [RubricCriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  criteria!: RubricCriterionInput[];
}
