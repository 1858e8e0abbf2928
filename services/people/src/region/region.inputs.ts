import { IsFiscalYear, IsProvinceCode } from "@change-leaders/common";
import { ArrayMaxSize, ArrayMinSize, IsInt, Length, Matches } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

/** A region number as the department writes it: "9", "12"; letters and digits only. */
export const REGION_CODE = /^[0-9A-Za-z]{1,16}$/;

@InputType({ description: "An inspection region of one fiscal year and the provinces it groups (admins); saving again replaces it" })
export class InspectionRegionInput {
  @Field(() => Int)
  @IsInt()
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => ID, { description: 'The region number, e.g. "9"' })
  @Matches(REGION_CODE, { message: "code is a region number such as 9 (letters and digits)" })
  code!: string;

  @Field()
  @Length(1, 200)
  nameTh!: string;

  @Field()
  @Length(1, 200)
  nameEn!: string;

  @Field(() => [ID], { description: "The two-digit codes of its provinces; each province is in one region of the year" })
  @ArrayMinSize(1, { message: "provinceCodes names at least one province" })
  @ArrayMaxSize(77)
  @IsProvinceCode({ each: true })
  provinceCodes!: string[];
}
