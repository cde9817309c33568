import { mountCounter } from './mount';

mountCounter('popup');
