import { z } from "@hono/zod-openapi";

/** An authorised outlet as the public sees it: where cards are sold legitimately. */
export const PublicOutletSchema = z
  .object({
    code: z.string().openapi({ example: "ZJ-HZ-XH-01" }),
    name: z.string().openapi({ example: "西湖供电营业厅" }),
    bureau: z.string().openapi({
      description: "The bureau the outlet belongs to (its parent unit).",
      example: "西湖区供电分局",
    }),
    city: z
      .string()
      .nullable()
      .openapi({ description: "The city bureau above it.", example: "杭州供电公司" }),
    address: z.string().nullable().openapi({ description: "Where it is, when the utility recorded it." }),
    phone: z
      .string()
      .nullable()
      .openapi({ description: "Its public telephone, when the utility recorded it." }),
  })
  .openapi("PublicOutlet");

export const PublicOutletListSchema = z
  .object({ data: z.array(PublicOutletSchema) })
  .openapi("PublicOutletList");
export type PublicOutletListView = z.infer<typeof PublicOutletListSchema>;
