import { type RequestContext, DateScalar, PageInput, pageOf } from "@change-leaders/common";
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

  @Mutation(() => ImportReport, { description: "Imports leaders from CSV (Thai or English headers): all rows or none" })
  importLeaders(@Arg("csv") csv: string, @Ctx() ctx: RequestContext, @Arg("dryRun", { defaultValue: false }) dryRun: boolean): Promise<ImportReport> {
    return leaderImport.run(ctx, csv, dryRun);
  }

  @FieldResolver(() => String, { nullable: true, description: "13 digits. Refused to partners; every staff read is logged" })
  nationalId(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<string | null> {
    return leaderService.personal(ctx, leader, "nationalId");
  }

  @FieldResolver(() => String, { nullable: true, description: "Normalised, e.g. 0812345678. Refused to partners; every staff read is logged" })
  phone(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<string | null> {
    return leaderService.personal(ctx, leader, "phone");
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Refused to partners" })
  birthDate(@Root() leader: Leader, @Ctx() ctx: RequestContext): Promise<string | null> {
    return leaderService.personal(ctx, leader, "birthDate");
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
