import { Length } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { PageType, IsDistrictCode, IsProvinceCode } from "@change-leaders/common";
import { Tambon } from "./tambon.entity";

@InputType({ description: "Narrows a list of tambons" })
export class TambonFilter {
  @Field(() => ID, { nullable: true })
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsDistrictCode()
  districtCode?: string;

  @Field({ nullable: true, description: "The start of a Thai or English name, or of a code" })
  @Length(1, 100)
  search?: string;
}

@ObjectType()
export class TambonPage extends PageType(Tambon) {}
