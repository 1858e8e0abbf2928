import { PageInput, type RequestContext } from "@change-leaders/common";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Account } from "./account.entity";
import { AccountFilter, AccountInput, AccountPage, AuthPayload } from "./account.inputs";
import { accountService } from "./account.service";

@Resolver(() => Account)
export class AccountResolver {
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
}
