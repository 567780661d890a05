import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';

export interface ReceiptLine {
  title: string;
  quantity: number;
  amount: number;
}

export interface ReceiptData {
  locationTitle: string;
  address: string;
  visitId: number;
  dateText: string;
  clientName: string;
  staffName: string;
  lines: ReceiptLine[];
  total: number;
  paid: number;
  currency: string;
}

/** The standard PDF fonts only encode WinAnsi; anything else would make pdf-lib throw. */
function printable(text: string): string {
  return text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
}

function money(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`;
}

/** A one-page A6-ish receipt listing the visit's services and products with totals. */
export async function renderReceipt(data: ReceiptData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Receipt for visit ${data.visitId}`);
  pdf.setProducer('Frontdesk Altegio emulator');
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = 300;
  const height = Math.max(360, 240 + data.lines.length * 18);
  const page = pdf.addPage([width, height]);
  let y = height - 36;
  const write = (p: PDFPage, text: string, x: number, font: PDFFont, size = 10) =>
    p.drawText(printable(text), { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  const right = (text: string, font: PDFFont, size = 10) =>
    write(page, text, width - 24 - font.widthOfTextAtSize(printable(text), size), font, size);

  write(page, data.locationTitle, 24, bold, 13);
  y -= 16;
  write(page, data.address, 24, regular, 8);
  y -= 24;
  write(page, `Visit #${data.visitId}`, 24, bold);
  right(data.dateText, regular);
  y -= 14;
  write(page, `Client: ${data.clientName}`, 24, regular);
  y -= 14;
  write(page, `Team member: ${data.staffName}`, 24, regular);
  y -= 20;
  page.drawLine({ start: { x: 24, y: y + 8 }, end: { x: width - 24, y: y + 8 }, thickness: 0.5 });
  for (const line of data.lines) {
    y -= 18;
    write(page, line.quantity === 1 ? line.title : `${line.title} x${line.quantity}`, 24, regular);
    right(money(line.amount, data.currency), regular);
  }
  y -= 16;
  page.drawLine({ start: { x: 24, y: y + 10 }, end: { x: width - 24, y: y + 10 }, thickness: 0.5 });
  y -= 6;
  write(page, 'Total', 24, bold, 11);
  right(money(data.total, data.currency), bold, 11);
  y -= 16;
  write(page, 'Paid', 24, regular);
  right(money(data.paid, data.currency), regular);
  y -= 14;
  write(page, 'Due', 24, regular);
  right(money(Math.max(0, data.total - data.paid), data.currency), regular);
  y -= 28;
  write(page, 'Thank you for your visit!', 24, regular, 9);
  return pdf.save();
}
