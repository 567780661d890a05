import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { VisitDetails } from '../../../../shared/domain/visit';
import { i18n, useMessages } from '../../i18n';
import { formatMoney } from '../../money';
import { accountText, discountText, itemKindNames, quantityText } from './model';

const messages = i18n('visits/VisitMoney', {
  items: 'Items',
  nothingSold: 'Nothing has been sold in this visit.',
  item: 'Item',
  price: 'Price',
  discount: 'Discount',
  cost: 'Cost',
  payments: 'Payments',
  noPayment: 'No payment yet.',
  totals: 'Totals',
  total: 'Total',
  paid: 'Paid',
  due: 'Still to pay',
});

interface VisitMoneyProps {
  details: VisitDetails;
  currency: string;
  zone: string;
}

const right = { align: 'right' } as const;

/** What was sold (services and goods, with discounts), what was paid and how, and what is still due. */
export function VisitMoney({ details, currency, zone }: VisitMoneyProps) {
  const t = useMessages(messages);
  const money = (amount: number) => formatMoney(amount, currency);
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t.items}
      </Typography>
      {details.items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t.nothingSold}
        </Typography>
      ) : (
        <Table size="small" aria-label={t.items}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>{t.item}</TableCell>
              <TableCell {...right}>{t.price}</TableCell>
              <TableCell {...right}>{t.discount}</TableCell>
              <TableCell {...right}>{t.cost}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {details.items.map((item) => (
              <TableRow key={item.id}>
                <TableCell sx={{ pl: 0 }}>
                  {item.title} {quantityText(item.amount)}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {itemKindNames[item.kind]}
                  </Typography>
                </TableCell>
                <TableCell {...right}>{money(item.firstCost)}</TableCell>
                <TableCell {...right}>{discountText(item.discountPercent)}</TableCell>
                <TableCell {...right}>{money(item.cost)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t.payments}
      </Typography>
      {details.payments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t.noPayment}
        </Typography>
      ) : (
        <Table size="small" aria-label={t.payments}>
          <TableBody>
            {details.payments.map((payment) => (
              <TableRow key={payment.id}>
                <TableCell sx={{ pl: 0 }}>{accountText(payment)}</TableCell>
                <TableCell>
                  {payment.paidAt
                    ? DateTime.fromISO(payment.paidAt).setZone(zone).toFormat('ccc d LLL yyyy, HH:mm')
                    : ''}
                </TableCell>
                <TableCell {...right}>{money(payment.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Table size="small" aria-label={t.totals} sx={{ mt: 1 }}>
        <TableBody>
          {(
            [
              [t.total, details.total],
              [t.paid, details.paid],
              [t.due, details.due],
            ] as const
          ).map(([label, amount]) => (
            <TableRow key={label}>
              <TableCell component="th" sx={{ pl: 0, fontWeight: 600 }}>
                {label}
              </TableCell>
              <TableCell {...right} sx={{ fontWeight: 600 }}>
                {money(amount)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
