import { IsDistrictCode, IsFiscalYear, IsProvinceCode } from "@change-leaders/common";
import { IsEnum, IsInt, Length } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { OfficeLevel } from "./officer.entity";

@InputType({ description: "Narrows the list of officers" })
export class OfficerFilter {
  @Field(() => ID, { nullable: true })
  @IsProvinceCode()
  provinceCode?: string;
}

/** Who a new member of staff is and their post, as an officer and an inspector are written alike. */
@InputType()
export abstract class StaffPersonInput {
  @Field()
  @Length(1, 50)
  title!: string;

  @Field()
  @Length(1, 100)
  firstName!: string;

  @Field()
  @Length(1, 100)
  lastName!: string;

  @Field()
  @Length(1, 200)
  position!: string;
}

@InputType({ description: "A new officer record (admins)" })
export class OfficerInput extends StaffPersonInput {
  @Field(() => OfficeLevel)
  @IsEnum(OfficeLevel)
  officeLevel!: OfficeLevel;

  @Field(() => ID)
  @IsProvinceCode()
  provinceCode!: string;

  @Field(() => ID, { nullable: true, description: "Required for a district office" })
  @IsDistrictCode()
  districtCode?: string;

  @Field(() => ID, { nullable: true, description: "The officer's login, if any: a PROVINCE_OFFICER of the same province" })
  @Length(1, 36)
  accountId?: string;
}

@InputType({ description: "A new inspector assignment (admins)" })
export class InspectorInput extends StaffPersonInput {
  @Field(() => Int)
  @IsInt()
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => ID)
  @Length(1, 16)
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: "The inspector's login, if any: an INSPECTOR login, serving one region a fiscal year" })
  @Length(1, 36)
  accountId?: string;
}
