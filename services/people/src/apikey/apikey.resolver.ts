import { type RequestContext, Role } from "@change-leaders/common";
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
}

@ObjectType({ description: "Who an API key belongs to (answered to the gateway only)" })
export class ApiKeyIdentity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeySecret, { description: "Creates a PARTNER key (admins only); the key is returned once, only its hash is kept" })
  async createApiKey(@Arg("name") name: string, @Ctx() ctx: RequestContext): Promise<ApiKeySecret> {
    const { apiKey, key } = await apiKeyService.create(ctx, name);
    return { id: apiKey.id, name: apiKey.name, key };
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
    return apiKeyService.identityOfKey(ctx, key);
  }
}
