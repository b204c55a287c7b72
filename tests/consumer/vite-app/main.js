// All a Vite app needs for the figures: the import (no base, no server for the models).
import 'unrolled/elements';
