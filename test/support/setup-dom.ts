// Component tests wait for async UI (a worker, a conversion review) with findBy*: on a loaded
// 2-core CI machine the library's default of 1 s is too short, so every wait gets 15 s.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 15_000 });
