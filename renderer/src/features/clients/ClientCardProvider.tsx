import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  Suspense,
  type ReactNode,
} from 'react';
import type { Client } from '../../../../shared/domain/client';
import { lazyPart } from '../../lazyPart';
import { useOpenLocation } from '../session';

const ClientCardDialog = lazyPart(() =>
  import('./ClientCardDialog').then((module) => module.ClientCardDialog),
);

/** The client as the booking dialog takes them ("Book from the card"). */
export interface BookingClient {
  id: number;
  name: string;
  phone: string;
  email: string;
  visitsCount: number;
}

export interface OpenCardOptions {
  /** Offer "Book" on the card (not when it is opened from a booking already under way). */
  canBook?: boolean;
  /** After an edit on this card, for the opener (e.g. a booking under way) to take the edited client. */
  onSaved?: (client: Client) => void;
}

interface ClientCardContextValue {
  open: (clientId: number, options?: OpenCardOptions) => void;
  setBooker: (book: ((client: BookingClient) => void) | null) => void;
}

const ClientCardContext = createContext<ClientCardContextValue | null>(null);

interface ClientCardProviderProps {
  children: ReactNode;
  /** After an edit: lets the app show the new name and phone wherever the client appears. */
  onClientSaved?: (locationId: number, client: Client) => void;
}

/** Holds the one client card of the app; any feature opens it with `useClientCard().open(id)`. */
export function ClientCardProvider({ children, onClientSaved }: ClientCardProviderProps) {
  const location = useOpenLocation();
  const [shown, setShown] = useState<{
    clientId: number;
    canBook: boolean;
    locationId: number;
    onSaved?: (client: Client) => void;
  } | null>(null);
  const [booker, setBookerState] = useState<{ book: (client: BookingClient) => void } | null>(null);
  const savedRef = useRef(onClientSaved);
  useEffect(() => {
    savedRef.current = onClientSaved;
  }, [onClientSaved]);

  const locationId = location?.id ?? null;
  const open = useCallback(
    (clientId: number, options: OpenCardOptions = {}) => {
      if (locationId !== null)
        setShown({ clientId, canBook: options.canBook ?? true, locationId, onSaved: options.onSaved });
    },
    [locationId],
  );
  const setBooker = useCallback(
    (book: ((client: BookingClient) => void) | null) => setBookerState(book ? { book } : null),
    [],
  );
  const value = useMemo(() => ({ open, setBooker }), [open, setBooker]);
  const close = useCallback(() => setShown(null), []);
  const openerSaved = shown?.onSaved;
  const onSaved = useCallback(
    (client: Client) => {
      if (locationId !== null) savedRef.current?.(locationId, client);
      openerSaved?.(client);
    },
    [locationId, openerSaved],
  );
  const book =
    shown?.canBook && booker
      ? (client: BookingClient) => {
          setShown(null);
          booker.book(client);
        }
      : null;

  return (
    <ClientCardContext.Provider value={value}>
      {children}
      {shown && location && shown.locationId === location.id && (
        <Suspense fallback={null}>
          <ClientCardDialog
            key={shown.clientId}
            locationId={location.id}
            zone={location.timezone}
            clientId={shown.clientId}
            onClose={close}
            onBook={book}
            onSaved={onSaved}
          />
        </Suspense>
      )}
    </ClientCardContext.Provider>
  );
}

/** Opens the client card; `available` is false outside the app frame (nothing to open it in). */
export function useClientCard(): { available: boolean; open: ClientCardContextValue['open'] } {
  const context = useContext(ClientCardContext);
  return useMemo(
    () => ({ available: context !== null, open: context?.open ?? (() => undefined) }),
    [context],
  );
}

/** Lets the card's "Book" start a booking here (the calendar), while this component is mounted. */
export function useBookFromClientCard(book: (client: BookingClient) => void): void {
  const context = useContext(ClientCardContext);
  const bookRef = useRef(book);
  useEffect(() => {
    bookRef.current = book;
  }, [book]);
  useEffect(() => {
    if (!context) return;
    context.setBooker((client) => bookRef.current(client));
    return () => context.setBooker(null);
  }, [context]);
}
