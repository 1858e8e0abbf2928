import { Role, IsFiscalYear, IsProvinceCode, PageType } from "@change-leaders/common";
import { IsBoolean, IsEnum, IsInt, Length, Matches } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Account } from "./account.entity";

@ObjectType({ description: "What a successful login returns" })
export class AuthPayload {
  @Field({ description: "Send as `Authorization: Bearer <token>`" })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Account)
  account!: Account;
}

@InputType({ description: "A new login (admins only)" })
export class AccountInput {
  @Field()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: "username is 3–64 lower-case letters, digits, dots, dashes or underscores" })
  username!: string;

  @Field()
  @Length(1, 200, { message: "รหัสผ่าน: ต้องไม่ว่าง (password)" })
  password!: string;

  @Field()
  @Length(1, 200)
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: "Required for PROVINCE_OFFICER" })
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => ID, { nullable: true, description: "Required for INSPECTOR: an inspection region of the fiscal year" })
  @Length(1, 16)
  regionCode?: string;

  @Field(() => Int, {
    nullable: true,
    description: "The fiscal year whose inspection regions regionCode names; the latest with regions when left out",
  })
  @IsInt()
  @IsFiscalYear()
  fiscalYear?: number;
}

@InputType({ description: "Which accounts to list (admins only)" })
export class AccountFilter {
  @Field(() => Role, { nullable: true })
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: "Province officers of this province" })
  @IsProvinceCode()
  provinceCode?: string;

  @Field({ nullable: true, description: "Active (true) or deactivated (false) logins" })
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: "The start of a username or display name" })
  @Length(1, 100)
  search?: string;
}

@ObjectType()
export class AccountPage extends PageType(Account) {}
