import { type RequestContext, PageInput, pageOf } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { TambonRef } from "../tambon/tambon.ref";
import { Event } from "./event.entity";
import { EventFilter, EventPage } from "./event.inputs";
import { eventService } from "./event.service";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true })
  event(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return eventService.byId(ctx, id);
  }

  @Query(() => EventPage, { description: "Events by kind, fiscal year, province, tambon and date range" })
  events(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => EventFilter, { nullable: true }) filter?: EventFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return eventService.list(ctx, filter, pageOf(page));
  }

  @FieldResolver(() => [TambonRef], { description: "The tambons this event targets" })
  async tambons(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<TambonRef[]> {
    return (await eventService.tambonCodes(ctx, event.id)).map((code) => ({ code }));
  }
}

@Resolver(() => TambonRef)
export class TambonEventsResolver {
  @FieldResolver(() => EventPage, { nullable: true, description: "Events that target this tambon, latest first" })
  events(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return eventService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
