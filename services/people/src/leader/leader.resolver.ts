import { type RequestContext, DateScalar, PageInput, Role, birthYearBE, forbidden, pageOf, requireIdentity } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Tambon } from "../geography/tambon.entity";
import { geographyService } from "../geography/geography.service";
import { Leader } from "./leader.entity";
import { ImportReport, LeaderFilter, LeaderInput, LeaderPage, LeaderUpdateInput, SortInput } from "./leader.inputs";
import { leaderImport } from "./leader.import";
import { leaderService } from "./leader.service";

@Resolver(() => Leader)
export class LeaderResolver {
  @Query(() => Leader, { nullable: true, description: "A leader; FORBIDDEN for an officer of another province" })
  leader(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Leader | null> {
    return leaderService.findReadable(ctx, id);
  }

  @Query(() => LeaderPage, { description: "Leaders by province, district, tambon, cohort, status and the start of a name" })
  leaders(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => LeaderFilter, { nullable: true }) filter?: LeaderFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
    @Arg("sort", () => SortInput, { nullable: true }) sort?: SortInput,
  ) {
    return leaderService.list(ctx, filter, pageOf(page, { cursor: true }), sort);
  }

  @Mutation(() => Leader)
  createLeader(@Arg("input", () => LeaderInput) input: LeaderInput, @Ctx() ctx: RequestContext): Promise<Leader> {
    return leaderService.create(ctx, input);
  }

  @Mutation(() => Leader, { description: "Changes a leader; with expectedVersion, CONFLICT when it changed meanwhile" })
  updateLeader(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => LeaderUpdateInput) input: LeaderUpdateInput,
    @Ctx() ctx: RequestContext,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion?: number,
  ): Promise<Leader> {
    return leaderService.update(ctx, id, input, expectedVersion);
  }

  @Mutation(() => Boolean, { description: "Removes a leader from every list; the record and its history are kept" })
  deleteLeader(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return leaderService.delete(ctx, id);
  }

  @Mutation(() => ImportReport, {
    description: "Imports leaders from a CSV or the first worksheet of an .xlsx (Thai or English headers): all rows or none",
  })
  importLeaders(
    @Ctx() ctx: RequestContext,
    @Arg("dryRun", { defaultValue: false }) dryRun: boolean,
    @Arg("csv", () => String, { nullable: true, description: "The CSV's text (UTF-8); or send xlsx" }) csv?: string | null,
    @Arg("xlsx", () => String, { nullable: true, description: "An .xlsx workbook in base64; or send csv" }) xlsx?: string | null,
  ): Promise<ImportReport> {
    return leaderImport.run(ctx, { csv, xlsx }, dryRun);
  }

  @FieldResolver(() => String)
  firstName(@Root() leader: Leader, @Ctx() ctx: RequestContext): string | Promise<string> {
    return leaderService.named(ctx, leader, "firstName");
  }

  @FieldResolver(() => String)
  lastName(@Root() leader: Leader, @Ctx() ctx: RequestContext): string | Promise<string> {
    return leaderService.named(ctx, leader, "lastName");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "13 digits for ADMIN and the leader's own province officer (each read logged); x-xxxx-xxxxx-12-3 for other staff; refused to partners",
  })
  nationalId(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<string | null> {
    return leaderService.personal(ctx, leader, "nationalId");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "e.g. 0812345678 for ADMIN and the leader's own province officer (each read logged); the last four digits (xxxxxx5678) for other staff; refused to partners",
  })
  phone(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<string | null> {
    return leaderService.personal(ctx, leader, "phone");
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "For ADMIN and the leader's own province officer (each read logged); null for other staff, who see birthYear; refused to partners",
  })
  birthDate(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<string | null> {
    return leaderService.personal(ctx, leader, "birthDate");
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "The year of birth in the Buddhist Era (the masked birth date), for staff; refused to partners",
  })
  birthYear(@Root() leader: Leader, @Ctx() ctx: RequestContext): number | null {
    if (requireIdentity(ctx).role === Role.PARTNER) throw forbidden("Partners do not receive personal data (birthYear)");
    return birthYearBE(leader.birthDate);
  }

  @FieldResolver(() => Tambon, { nullable: true })
  tambon(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<Tambon | null> {
    return geographyService.tambon(ctx, leader.tambonCode);
  }
}

@Resolver(() => LeaderPage)
export class LeaderPageResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() page: LeaderPage): number | Promise<number> {
    return page.count ? page.count() : page.totalCount;
  }
}

@Resolver(() => Tambon)
export class TambonLeadersResolver {
  @FieldResolver(() => LeaderPage, { description: "The tambon's leaders by name (an officer sees only their province's)" })
  leaders(@Root() tambon: Tambon, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return leaderService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
