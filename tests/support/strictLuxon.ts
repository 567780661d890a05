// Main's Luxon settings (throwOnInvalid), in force in every Node test as in the app's main process, where
// the embedded emulator shares them.
import '../../electron/main/altegio/luxon';
