// The support desk from a browser: list tickets, show their status in French, download the CSV export.
import { enumLabels } from "./generated/enum-labels";
import { ProblemError, type Api, type Schemas } from "./client";

export type Ticket = Schemas["TicketView"];

/** Every open ticket of the organisation, following the cursor from page to page. */
export async function openTickets(api: Api, org: string): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET("/api/v1/orgs/{org}/tickets", {
      params: { path: { org }, query: { status: ["NEW", "IN_PROGRESS", "WAITING"], limit: 200, cursor } },
    });
    if (error) {
      throw new ProblemError(error);
    }
    tickets.push(...data.items);
    cursor = data.next ?? undefined; // null on the last page
  } while (cursor);
  return tickets;
}

/** One line per ticket, as a dashboard shows it: title in capitals, French status, assignee if any. */
export function dashboardLines(tickets: Ticket[]): string[] {
  return tickets.map((t) => {
    const assignee = t.assigneeId === null || t.assigneeId === undefined ? "non assignée" : "assignée";
    return `${t.reference} ${t.title.toUpperCase()} – ${enumLabels.TicketStatus[t.status]} (${
      enumLabels.Priority[t.priority]
    }, ${assignee})`;
  });
}

/** The CSV export with the file name the server gives (Content-Disposition, exposed by CORS). */
export async function exportTickets(api: Api, org: string): Promise<{ fileName: string; csv: Blob }> {
  const { data, error, response } = await api.GET("/api/v1/orgs/{org}/tickets/export", {
    params: { path: { org } },
    headers: { Accept: "text/csv" },
    parseAs: "blob",
  });
  if (error) {
    throw new ProblemError(error);
  }
  return { fileName: fileName(response.headers.get("Content-Disposition")) ?? `tickets-${org}.csv`, csv: data };
}

function fileName(contentDisposition: string | null): string | undefined {
  return contentDisposition?.match(/filename="([^"]+)"/)?.[1];
}

/** Saves the export in the browser's downloads under the server's file name. */
export async function saveExport(api: Api, org: string): Promise<void> {
  const { fileName: name, csv } = await exportTickets(api, org);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(csv);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
