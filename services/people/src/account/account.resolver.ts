import { PageInput, type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Account } from "./account.entity";
import { AccountFilter, AccountInput, AccountPage, AuthPayload } from "./account.inputs";
import { accountService } from "./account.service";
import { sessionService } from "./session.service";

/** Every role but partners. */
const STAFF_ROLES = Object.values(Role).filter((role) => role !== Role.PARTNER);

@ObjectType({ description: "Whether an account's login tokens may still be used (answered to the gateway only)" })
export class AccountSession {
  @Field()
  active!: boolean;

  @Field(() => Int)
  sessionVersion!: number;
}

@ObjectType({ description: "A staff member's name as printed on documents and shown in history (no login name, no role)" })
export class StaffName {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@Resolver(() => Account)
export class AccountResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [StaffName], {
    description: "Display names of up to 100 accounts (staff only): who recorded, approved or reviewed, as a person reads it",
  })
  staffNames(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<StaffName[]> {
    return accountService.displayNames(ctx, ids);
  }

  @Mutation(() => AuthPayload, { description: "Exchanges a username and password for a token; the only operation open to anonymous callers" })
  login(@Arg("username") username: string, @Arg("password") password: string, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return accountService.login(ctx, username, password);
  }

  @Query(() => Account, { nullable: true, description: "The account of the caller (null for an API key)" })
  me(@Ctx() ctx: RequestContext): Promise<Account | null> {
    return accountService.me(ctx);
  }

  @Query(() => AccountPage, { description: "The panel's logins by role, province, state or the start of a name, by username (admins only)" })
  accounts(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AccountFilter, { nullable: true }) filter?: AccountFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<AccountPage> {
    return accountService.list(ctx, filter, page);
  }

  @Mutation(() => Account, { description: "Creates a login (admins only)" })
  createAccount(@Arg("input", () => AccountInput) input: AccountInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return accountService.create(ctx, input);
  }

  @Mutation(() => Boolean, { description: "Ends every session of the caller's account: its tokens are refused from now on" })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return sessionService.logout(ctx);
  }

  @Mutation(() => AuthPayload, {
    description: "Changes the caller's password (the current one is asked); other sessions end, a new token is returned",
  })
  changePassword(
    @Arg("currentPassword") currentPassword: string,
    @Arg("newPassword") newPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return sessionService.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Account, { description: "Sets a new password for an account and ends its sessions (admins only)" })
  resetPassword(@Arg("id", () => ID) id: string, @Arg("newPassword") newPassword: string, @Ctx() ctx: RequestContext): Promise<Account> {
    return sessionService.resetPassword(ctx, id, newPassword);
  }

  @Mutation(() => Account, { description: "Refuses an account's login and tokens from now on; not your own, not the last admin (admins only)" })
  deactivateAccount(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Account> {
    return sessionService.setActive(ctx, id, false);
  }

  @Mutation(() => Account, { description: "Lets a deactivated account log in again (admins only)" })
  reactivateAccount(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Account> {
    return sessionService.setActive(ctx, id, true);
  }

  @Query(() => AccountSession, {
    nullable: true,
    description: "Internal: the gateway asks whether an account's tokens may be used. FORBIDDEN to anyone else",
  })
  accountSession(@Arg("accountId", () => ID) accountId: string, @Ctx() ctx: RequestContext): Promise<AccountSession | null> {
    return sessionService.status(ctx, accountId);
  }
}
