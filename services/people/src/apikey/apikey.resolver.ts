import { type RequestContext, PartnerScope, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { ApiKey } from "./apikey.entity";
import { apiKeyService } from "./apikey.service";

@ObjectType({ description: "A new API key: `key` is shown this once and never again" })
export class ApiKeySecret {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: "Send as `X-Api-Key: <key>`; store it now, it cannot be shown again" })
  key!: string;

  @Field(() => PartnerScope)
  scope!: PartnerScope;

  @Field()
  purpose!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: "Who an API key belongs to (answered to the gateway only)" })
export class ApiKeyIdentity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => PartnerScope)
  scope!: PartnerScope;

  @Field()
  purpose!: string;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeySecret, {
    description: "Creates a PARTNER key with a scope, a purpose and an expiry (admins only); the key is returned once, only its hash is kept",
  })
  async createApiKey(
    @Arg("name") name: string,
    @Arg("purpose", { description: "Why the agency reads; required, shown with its reads" }) purpose: string,
    @Ctx() ctx: RequestContext,
    @Arg("scope", () => PartnerScope, { defaultValue: PartnerScope.AGGREGATE }) scope: PartnerScope,
    @Arg("expiresAt", () => Date, {
      nullable: true,
      description: "When the key stops working: in the future, at most two years ahead (one year when left out)",
    })
    expiresAt?: Date | null,
  ): Promise<ApiKeySecret> {
    const { apiKey, key } = await apiKeyService.create(ctx, { name, scope, purpose, expiresAt });
    return { id: apiKey.id, name: apiKey.name, key, scope: apiKey.scope, purpose: apiKey.purpose, expiresAt: apiKey.expiresAt! };
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: "Every API key, newest first, without the keys (admins only)" })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return apiKeyService.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKey, { description: "Revokes a key; the gateway refuses it within 30 seconds (admins only)" })
  revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    return apiKeyService.revoke(ctx, id);
  }

  @Query(() => ApiKeyIdentity, { nullable: true, description: "Internal: the gateway asks who a key belongs to. FORBIDDEN to anyone else" })
  async apiKeyIdentity(@Arg("key") key: string, @Ctx() ctx: RequestContext): Promise<ApiKeyIdentity | null> {
    const found = await apiKeyService.identityOfKey(ctx, key);
    return found && { ...found, scope: found.scope as PartnerScope, purpose: found.purpose ?? "" };
  }
}
