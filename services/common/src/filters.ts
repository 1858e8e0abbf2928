import { Field, ID, InputType, Int } from "type-graphql";
import { IsFiscalYear, IsProvinceCode, IsTambonCode } from "./official-codes";

/** The place a list is narrowed to, by official code: what every list of the programme's records shares. */
@InputType()
export abstract class PlaceFilter {
  @Field(() => ID, { nullable: true })
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsTambonCode()
  tambonCode?: string;
}

/** A place and a fiscal year (Buddhist Era): nominations, awards, lessons, progress reports. */
@InputType()
export abstract class ProgrammeFilter extends PlaceFilter {
  @Field(() => Int, { nullable: true })
  @IsFiscalYear()
  fiscalYear?: number;
}
