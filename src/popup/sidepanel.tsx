import { mountCounter } from './mount';

mountCounter('panel');
