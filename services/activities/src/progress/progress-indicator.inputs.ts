import { IsEnum, Matches, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IndicatorKind } from "./progress-indicator.entity";

@InputType({ description: "An indicator to add or change (admins)" })
export class ProgressIndicatorInput {
  @Field(() => ID)
  @Matches(/^[A-Z0-9_]{1,40}$/, { message: "code is capitals, digits and _ (e.g. HOUSEHOLDS)" })
  code!: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  nameTh!: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  nameEn!: string;

  @Field()
  @MinLength(1)
  @MaxLength(50)
  unitTh!: string;

  @Field()
  @MinLength(1)
  @MaxLength(50)
  unitEn!: string;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => Int, { defaultValue: 0 })
  sortOrder: number = 0;

  @Field({ defaultValue: true })
  active: boolean = true;
}
