import { type RequestContext, PageInput, pageOf } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { TambonRef } from "../tambon/tambon.ref";
import { Nomination } from "./nomination.entity";
import { NominationFilter, NominationPage } from "./nomination.inputs";
import { nominationService } from "./nomination.service";

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => Nomination, { nullable: true })
  nomination(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Nomination | null> {
    return nominationService.byId(ctx, id);
  }

  @Query(() => NominationPage, { description: "Nominations by fiscal year, round, status, province or tambon" })
  nominations(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => NominationFilter, { nullable: true }) filter?: NominationFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return nominationService.list(ctx, filter, pageOf(page));
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() nomination: Nomination): TambonRef {
    return { code: nomination.tambonCode };
  }
}

@Resolver(() => TambonRef)
export class TambonNominationsResolver {
  @FieldResolver(() => NominationPage, { nullable: true, description: "This tambon's nominations, newest first" })
  nominations(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return nominationService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
