import { Length, Matches } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { PageType } from "@change-leaders/common";
import { Tambon } from "./tambon.entity";

@InputType({ description: "Narrows a list of tambons" })
export class TambonFilter {
  @Field(() => ID, { nullable: true })
  @Matches(/^\d{2}$/, { message: "provinceCode is two digits" })
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @Matches(/^\d{4}$/, { message: "districtCode is four digits" })
  districtCode?: string;

  @Field({ nullable: true, description: "The start of a Thai or English name, or of a code" })
  @Length(1, 100)
  search?: string;
}

@ObjectType()
export class TambonPage extends PageType(Tambon) {}
